# CS231n softmax classifier: vectorized loss with L2 regularization and the sanity check -log(0.1)
import torch

torch.manual_seed(0)
num_train, dim, num_classes = 20, 8, 10
X = torch.randn(num_train, dim)
y = torch.randint(0, num_classes, (num_train,))
W = (torch.randn(dim, num_classes) * 0.0001).requires_grad_()
reg = 0.5
scores = X @ W
scores = scores - scores.max(dim=1, keepdim=True).values
probs = scores.exp() / scores.exp().sum(dim=1, keepdim=True)
loss = -probs[torch.arange(num_train), y].log().mean() + reg * (W * W).sum()
print("loss: %f" % loss)
print("sanity check: %f" % (-torch.log(torch.tensor(0.1))))
loss.backward()
dscores = probs.clone()
dscores[torch.arange(num_train), y] -= 1
dW = X.t() @ dscores / num_train + 2 * reg * W
print(torch.allclose(dW, W.grad, atol=1e-6), W.grad.norm().item())
print(torch.nn.functional.cross_entropy(X @ W, y).item(), loss.item())
