# PyTorch's C types: calling one of their objects, making one, and how their classes print
import torch

x = torch.ones(2)
for value in (torch.float32, torch.Size([2]), torch.device("cpu"), torch.strided, torch.contiguous_format,
              torch.finfo(), torch.iinfo(torch.int8), torch.Generator()):
    kind = type(value)
    print(kind, kind.__name__, kind.__module__, callable(value), type(kind))
    try:
        value(x)
    except TypeError as e:
        print(" ", e)
for kind in (torch.dtype, torch.layout, torch.memory_format):
    try:
        kind()
    except TypeError as e:
        print(e)
try:
    torch.float32.to(x)
except AttributeError as e:
    print(e)
for decorator in (torch.no_grad(), torch.enable_grad(), torch.set_grad_enabled(True)):
    try:
        decorator()
    except TypeError as e:
        print(e)
