# Q: converting a prediction to numpy or a list inside a training loop: detach, cpu, item, tolist.
import torch

torch.manual_seed(2)
w = torch.randn(3, requires_grad=True)
pred = w * 2
try:
    pred.numpy()
except RuntimeError as e:
    print(e)
print(pred.detach().numpy())
print(pred.detach().cpu().numpy().round(3))
print(pred.tolist())
print(pred.sum().item())
with torch.no_grad():
    print(pred.numpy() if not pred.requires_grad else (pred * 1).numpy())
print(torch.tensor(pred.detach().numpy()).requires_grad, pred.data.requires_grad)
