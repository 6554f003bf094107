# Plotting needs numpy arrays, so let's convert our predictions
import torch

w = torch.tensor([2.0], requires_grad=True)
x = torch.arange(3.0)
preds = w * x
try:
    arr = preds.numpy()
except RuntimeError as e:
    print("Error:", e)
# Use .detach() first to remove it from the graph
arr = preds.detach().numpy()
print(arr, type(arr).__name__, arr.dtype)
