# Issue: "resize_ on a parameter" — refused while it requires grad.
import torch

w = torch.ones(2, 2, requires_grad=True)
try:
    w.resize_(4)
except RuntimeError as e:
    print(e)
with torch.no_grad():
    try:
        w.resize_(4)
    except RuntimeError as e:
        print(e)
print(w.detach().clone().resize_(4).shape)
