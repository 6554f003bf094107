# Converting predictions to NumPy: .numpy() on a tensor that requires grad, and the fixes
import torch
from torch import nn

torch.manual_seed(9)
model = nn.Linear(2, 1)
preds = model(torch.randn(3, 2))
try:
    preds.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)
arr = preds.detach().numpy()
print(type(arr).__name__, arr.dtype, arr.shape)
with torch.no_grad():
    print(model(torch.ones(1, 2)).numpy().round(4))
print(preds.detach().cpu().numpy().tolist() == preds.tolist())
print(preds.squeeze().tolist())
