# MOOC notebook: softmax classifier trained with full-batch gradient descent on three blobs.
import torch

torch.manual_seed(3)
centers = torch.tensor([[0.0, 2.0], [2.0, -1.0], [-2.0, -1.0]])
X = torch.cat([c + 0.6 * torch.randn(20, 2) for c in centers])
y = torch.arange(3).repeat_interleave(20)
W = torch.zeros(2, 3, requires_grad=True)
b = torch.zeros(3, requires_grad=True)
lr = 0.5
for epoch in range(8):
    logits = X @ W + b
    loss = torch.nn.functional.cross_entropy(logits, y)
    loss.backward()
    with torch.no_grad():
        W -= lr * W.grad
        b -= lr * b.grad
        W.grad.zero_()
        b.grad.zero_()
    acc = (logits.argmax(dim=1) == y).float().mean()
    print(f"epoch {epoch}: loss {loss.item():.6f} acc {acc.item():.4f}")
print(W)
print(b)
probs = torch.softmax(X[:4] @ W + b, dim=1)
print(probs)
print(probs.sum(dim=1))
