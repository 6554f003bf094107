# type() of a device and of a dtype, and both through pickle and deepcopy.
import copy
import pickle
import torch

d = torch.device("cpu", 0)
print(type(d), type(torch.float32), type(torch.Size([2])))
print(torch.device, torch.dtype, isinstance(d, torch.device), isinstance(torch.int64, torch.dtype))
print(repr(pickle.loads(pickle.dumps(d))), pickle.loads(pickle.dumps(torch.float16)), copy.deepcopy(torch.device("cpu")))
