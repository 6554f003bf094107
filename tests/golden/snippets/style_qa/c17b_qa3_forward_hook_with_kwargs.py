# Q: my forward hook needs the keyword arguments too
import torch
from torch import nn

class Scale(nn.Module):
    def forward(self, x, factor=1.0):
        return x * factor

m = Scale()
m.register_forward_pre_hook(lambda mod, args, kwargs: print('pre', args, kwargs), with_kwargs=True)
m.register_forward_hook(lambda mod, args, kwargs, out: print('post', kwargs, out), with_kwargs=True)
out = m(torch.tensor([1.0, 2.0]), factor=3.0)
print(out)
def replace(mod, args, kwargs):
    return args, {'factor': 10.0}
m.register_forward_pre_hook(replace, with_kwargs=True)
print(m(torch.tensor([1.0]), factor=2.0))
