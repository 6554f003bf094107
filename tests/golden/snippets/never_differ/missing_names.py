import torch
import torch.nn as nn

print(hasattr(torch, 'foo'), hasattr(nn, 'Linear'), hasattr(nn, 'Foo'), hasattr(torch.autograd, 'grad'))
for module, name in ((torch, 'foo'), (nn, 'Foo'), (nn.functional, 'foo'), (torch.optim, 'Foo'), (torch.autograd, 'foo')):
    try:
        getattr(module, name)
    except AttributeError as e:
        print("AttributeError:", e)
h = torch.ones(2, requires_grad=True).register_hook(lambda g: g)
print(type(h))
from torch.autograd.gradcheck import GradcheckError
print(GradcheckError)
