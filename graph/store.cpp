// placeholder until this module lands
namespace kg {}
