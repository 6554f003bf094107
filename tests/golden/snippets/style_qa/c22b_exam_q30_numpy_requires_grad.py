import torch

# Q30. What happens when you call .numpy() on a tensor that requires grad?
x = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    x.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)
print(x.detach().numpy())
print(type(x.tolist()), x.tolist())
y = x * 2
print(y.detach().numpy().dtype)
