# Optimization chapter: per-example gradients by a loop; their mean is the batch gradient.
import torch

torch.manual_seed(1)
model = torch.nn.Linear(3, 1)
X = torch.randn(5, 3)
y = torch.randn(5, 1)
grads = []
for i in range(5):
    model.zero_grad()
    loss = ((model(X[i:i + 1]) - y[i:i + 1]) ** 2).mean()
    loss.backward()
    grads.append(model.weight.grad.clone())
G = torch.stack(grads)
print(G.squeeze(1))
print(G.norm(dim=(1, 2)))
model.zero_grad()
((model(X) - y) ** 2).mean().backward()
print(model.weight.grad)
print(G.mean(0))
print(torch.allclose(G.mean(0), model.weight.grad, atol=1e-6))
print(G.var(0, unbiased=True))
