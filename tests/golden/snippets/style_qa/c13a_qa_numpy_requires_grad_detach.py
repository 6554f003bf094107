# Q: "Can't call numpy() on Tensor that requires grad" when plotting predictions. A: detach() first.
import torch
import torch.nn as nn

torch.manual_seed(10)
model = nn.Linear(1, 1)
x = torch.linspace(0, 1, 4).unsqueeze(1)
pred = model(x)
try:
    pred.numpy()
except RuntimeError as e:
    print(e)
arr = pred.detach().numpy()
print(arr.shape, arr.dtype)
print(pred.detach().cpu().numpy().ravel().tolist() == pred.squeeze(1).tolist())
print(pred.tolist()[0] == [arr[0, 0].item()])
with torch.no_grad():
    arr2 = model(x).numpy()
print(type(arr2).__name__, arr2.flags["WRITEABLE"])
w = model.weight
try:
    w.numpy()
except RuntimeError as e:
    print(e)
print(w.data.numpy().shape, w.numpy(force=True).shape)
arr[0, 0] = 123.0
print(pred[0].item() == 123.0)
