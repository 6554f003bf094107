import torch

# Updating meta-parameters by hand after the outer backward: which spellings work
meta_w = torch.tensor([1.0, 2.0], requires_grad=True)
outer_loss = (meta_w.exp() * meta_w).sum()
outer_loss.backward()
step = 0.1 * meta_w.grad
try:
    meta_w -= step
except RuntimeError as err:
    print(err)
try:
    meta_w.data.sub_(step)
    print("via .data:", meta_w.round(decimals=4))
except RuntimeError as err:
    print(err)
with torch.no_grad():
    meta_w.add_(step, alpha=-1)
print(meta_w.round(decimals=4), meta_w.requires_grad, meta_w.is_leaf)
