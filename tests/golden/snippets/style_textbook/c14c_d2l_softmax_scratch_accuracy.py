# Softmax regression from scratch, my own helpers: row-normalised exponentials, negative log of
# the picked probability, an accuracy count, and a few minibatch updates with running metrics.
import torch


def row_softmax(Z):
    e = Z.exp()
    return e / e.sum(dim=1, keepdim=True)


def nll(probs, labels):
    return -probs[torch.arange(probs.shape[0]), labels].log()


n_correct = lambda probs, labels: float((probs.argmax(dim=1) == labels).sum())


torch.manual_seed(10)
W = torch.normal(0, 0.01, size=(12, 3), requires_grad=True)
b = torch.zeros(3, requires_grad=True)
toy = torch.tensor([[0.2, 0.5, 0.3], [0.6, 0.1, 0.3]])
toy_y = torch.tensor([1, 2])
print(toy[[0, 1], toy_y], nll(toy, toy_y), n_correct(toy, toy_y) / 2)
Z = torch.rand((2, 5))
print(row_softmax(Z), row_softmax(Z).sum(dim=1))
data = torch.randn(40, 12)
target = torch.randint(0, 3, (40,))
loss_sum, hits, seen = 0.0, 0.0, 0
for s in range(0, 40, 8):
    xb, yb = data[s:s + 8], target[s:s + 8]
    losses = nll(row_softmax(xb @ W + b), yb)
    losses.mean().backward()
    with torch.no_grad():
        for prm in (W, b):
            prm -= 0.5 * prm.grad
            prm.grad.zero_()
        loss_sum += float(losses.sum())
        hits += n_correct(row_softmax(xb @ W + b), yb)
        seen += yb.numel()
print(loss_sum / seen, hits / seen)
