# Issue: "register_buffer with a tensor that requires grad" — buffers are not parameters.
import torch
import torch.nn as nn

m = nn.Module()
m.register_buffer("scale", torch.ones(2, requires_grad=True))
m.register_buffer("tmp", torch.zeros(1), persistent=False)
print([n for n, _ in m.named_parameters()], [n for n, _ in m.named_buffers()])
print(list(m.state_dict().keys()), m.scale.requires_grad)
try:
    m.register_buffer("bad", [1, 2])
except TypeError as e:
    print("TypeError:", e)
