# In-place operation on a leaf that requires grad, and on its view.
import torch

w = torch.ones(3, requires_grad=True)
for f in [lambda: w.add_(1), lambda: w[0].fill_(2), lambda: w.relu_()]:
    try:
        f()
    except RuntimeError as e:
        print(e)
with torch.no_grad():
    w.add_(1)
print(w)
