# Forward hooks with with_kwargs=True, and prepend=True to run before hooks already registered
import torch
import torch.nn as nn

class Scale(nn.Module):
    def forward(self, x, factor=1.0):
        return x * factor

m = Scale()
order = []
m.register_forward_hook(lambda mod, args, out: order.append("first"))
m.register_forward_hook(lambda mod, args, out: order.append("prepended"), prepend=True)
def kw_hook(mod, args, kwargs, out):
    order.append(f"kwargs={sorted(kwargs)}")
    return out + 1
m.register_forward_hook(kw_hook, with_kwargs=True)
print(m(torch.tensor([1.0, 2.0]), factor=3.0))
print(order)
