# environment-check cells: torch.__version__ compared with strings and tuples, torch.version
import torch
import torch.version
v = torch.__version__
print(type(v).__name__, repr(v), v >= "2.0", v < "2.14", v >= (2, 0), v > (2, 13, 0), v == "2.13.0+cpu")
print(v > "2.9", v < "2.9", v == "2.13", v == "2.13.0", v != "2.13.0", v >= "2.13.0", v > "2.13.0", v < "2.13.1")
print(v > "2.13.0rc1", v < "3.0.dev0", v > "2.13.0.post1", v < (2, 13, 0, 1), v > "parrot", v == "parrot", v >= [2, 12])
print(v.split('+')[0], v[:4], str(v), hash(v) == hash("2.13.0+cpu"), {v: 1}["2.13.0+cpu"])
print(isinstance(v, str), type(torch.version.__version__).__name__, type(v).__module__)
try: print(v > 2)
except TypeError as e: print(e)
from torch.torch_version import TorchVersion
print(TorchVersion("1.10") > "1.9", TorchVersion("1.10") > TorchVersion("1.9.5"), TorchVersion("abc") < "abd")
from torch.version import cuda
print(torch.version.__version__, torch.version.cuda, torch.version.debug, torch.version.hip, cuda)
print(torch.__version__ == torch.version.__version__, torch.version.git_version[:7])
print(hasattr(torch, "version"), "version" in dir(torch))
