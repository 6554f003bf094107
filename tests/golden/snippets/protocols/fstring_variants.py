import torch

loss = torch.tensor(1.23456, requires_grad=True) * 2
print(f"loss: {loss}")
print(f"loss: {loss.item():.4f}")
print(f"loss: {loss:.2e}")
print(f"{torch.tensor(5):>4}|")
print(f"{torch.tensor(2.5):8.3f}|")
print("%.2f" % torch.tensor(1.005))
print(f"{torch.tensor([3.5]):.1f}")
