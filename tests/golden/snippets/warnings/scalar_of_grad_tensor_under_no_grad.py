import torch

w = torch.tensor([2.0, 3.0], requires_grad=True)
loss = (w * w).sum()
with torch.no_grad():
    print(float(loss), int(w[0]), loss.item())
print(float(loss))
print(float(w[1]))
