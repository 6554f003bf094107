import torch

# An unused meta-parameter: grad returns None unless told to materialize zeros
scale = torch.tensor(1.0, requires_grad=True)
shift = torch.tensor(2.0, requires_grad=True)
objective = (scale * 3) ** 2
try:
    torch.autograd.grad(objective, (scale, shift), retain_graph=True)
except RuntimeError as e:
    print(type(e).__name__, e)
g_scale, g_shift = torch.autograd.grad(objective, (scale, shift), allow_unused=True, retain_graph=True)
print(g_scale, g_shift)
g_scale, g_shift = torch.autograd.grad(objective, (scale, shift), materialize_grads=True)
print(g_scale, g_shift, g_shift.requires_grad)
