# Q: "Can't call numpy() on Tensor that requires grad" when plotting predictions: detach, cpu, numpy.
import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
x = torch.randn(4, 2)
pred = model(x)
try:
    pred.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    np.array(pred)
except RuntimeError as e:
    print("RuntimeError:", e)
arr = pred.detach().cpu().numpy()
print(type(arr), arr.dtype, arr.shape)
print(np.round(arr, 4))
with torch.no_grad():
    print(model(x).numpy().shape)
print(pred.data.numpy().flags['C_CONTIGUOUS'])
lst = pred.squeeze().tolist()
print(type(lst), len(lst), [round(v, 4) for v in lst])
print(model.weight.detach().numpy().round(3))
