# Self-information, entropy and cross-entropy in bits with log2, as in an information-theory chapter.
import torch

def self_information(p):
    return -torch.log2(torch.tensor(p)).item()

def entropy(p):
    entropy = - p * torch.log2(p)
    return torch.nansum(entropy)

def cross_entropy(y_hat, y):
    ce = -torch.log(y_hat[range(len(y_hat)), y])
    return ce.mean()

print(self_information(1 / 64), self_information(0.3))
print(entropy(torch.tensor([0.1, 0.5, 0.1, 0.3])))
print(entropy(torch.tensor([0.5, 0.5, 0.0])))
labels = torch.tensor([0, 2])
preds = torch.tensor([[0.3, 0.6, 0.1], [0.2, 0.3, 0.5]])
print(cross_entropy(preds, labels))
p = torch.tensor([0.25, 0.75], requires_grad=True)
h = entropy(p)
h.backward()
print(h, h.grad_fn, p.grad)
print(torch.log10(torch.tensor([1.0, 10.0, 1000.0, 2.0])), torch.log2(torch.arange(1, 9)))
