# Linear regression from scratch (no nn.Module!)
import torch

torch.manual_seed(0)
X = torch.randn(100, 1)
y = 3 * X + 2 + 0.1 * torch.randn(100, 1)

slope = torch.randn(1, requires_grad=True)
offset = torch.zeros(1, requires_grad=True)
learning_rate = 0.1
for epoch in range(50):
    loss = ((X * slope + offset - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        for param in (slope, offset):
            param -= learning_rate * param.grad
            param.grad = None
    if epoch % 10 == 0:
        print(f"Epoch {epoch:2d} | Loss: {loss.item():.4f}")
print(f"Learned slope={slope.item():.3f}, offset={offset.item():.3f}")
