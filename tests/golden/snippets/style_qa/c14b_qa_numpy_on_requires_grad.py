# Q: "Can't call numpy() on Tensor that requires grad" when plotting predictions.
import torch

torch.manual_seed(46)
w = torch.randn(2, requires_grad=True)
xs = torch.linspace(0, 1, 4)
preds = w[0] * xs + w[1]
try:
    preds.numpy()
except RuntimeError as e:
    print(e)
arr = preds.detach().numpy()
print(type(arr).__name__, arr.dtype, arr.shape)
with torch.no_grad():
    preds2 = w[0] * xs + w[1]
print(preds2.numpy())
print(preds.tolist())
try:
    w.numpy()
except RuntimeError as e:
    print(e)
print(w.data.numpy().round(4))
