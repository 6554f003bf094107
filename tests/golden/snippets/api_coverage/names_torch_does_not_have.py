# Names PyTorch does not have: F.flatten (torch.flatten and nn.Flatten exist) and torch.get_printoptions.
import torch
import torch.nn.functional as F

x = torch.arange(6.0).view(2, 3)
print(hasattr(F, 'flatten'), hasattr(torch, 'get_printoptions'), hasattr(torch, 'flatten'))
print(torch.flatten(x), torch.nn.Flatten(0)(x), x.flatten())
try:
    F.flatten(x)
except AttributeError as e:
    print(e)
try:
    torch.get_printoptions()
except AttributeError as e:
    print(e)
