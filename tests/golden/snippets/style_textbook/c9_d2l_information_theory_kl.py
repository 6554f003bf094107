# Information theory: self-information, entropy, cross-entropy and KL divergence, by hand and with F.kl_div.
import torch
from torch.nn import functional as F

def self_information(p):
    return -torch.log2(torch.tensor(p)).item()

def entropy(p):
    return (-p * torch.log2(p)).nansum()

def cross_entropy(y_hat, y):
    return -torch.log(y_hat[range(len(y_hat)), y]).mean()

def kl_divergence(p, q):
    return (p * torch.log2(p / q)).sum().item()

print(self_information(1 / 64))
print(entropy(torch.tensor([0.1, 0.5, 0.1, 0.3])))
print(entropy(torch.tensor([0.5, 0.5, 0.0])))
labels = torch.tensor([0, 2])
preds = torch.tensor([[0.3, 0.6, 0.1], [0.2, 0.3, 0.5]])
print(cross_entropy(preds, labels))
print(F.nll_loss(torch.log(preds), labels))
torch.manual_seed(1)
tensor_len = 10000
p = torch.normal(0, 1, (tensor_len,))
q1 = torch.normal(-1, 1, (tensor_len,))
q2 = torch.normal(1, 1, (tensor_len,))
p = torch.sort(p)[0]
q1, q2 = torch.sort(q1)[0], torch.sort(q2)[0]
kl_pq1 = kl_divergence(p.abs() + 1e-3, q1.abs() + 1e-3)
print(round(kl_pq1, 3))
P = torch.tensor([0.2, 0.5, 0.3])
Q = torch.tensor([0.1, 0.6, 0.3])
print((P * (P / Q).log()).sum(), F.kl_div(Q.log(), P, reduction="sum"))
print(F.kl_div(Q.log(), P.log(), reduction="batchmean", log_target=True))
