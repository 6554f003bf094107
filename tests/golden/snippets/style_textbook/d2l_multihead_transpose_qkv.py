# Multi-head attention by hand: splitting heads with reshape/permute and merging them back.
import torch

def transpose_qkv(X, num_heads):
    X = X.reshape(X.shape[0], X.shape[1], num_heads, -1)
    X = X.permute(0, 2, 1, 3)
    return X.reshape(-1, X.shape[2], X.shape[3])

def transpose_output(X, num_heads):
    X = X.reshape(-1, num_heads, X.shape[1], X.shape[2])
    X = X.permute(0, 2, 1, 3)
    return X.reshape(X.shape[0], X.shape[1], -1)

torch.manual_seed(0)
X = torch.randn(2, 4, 6)
Q = transpose_qkv(X, 3)
print(Q.shape)
back = transpose_output(Q, 3)
print(back.shape, torch.equal(back, X))
scores = torch.bmm(Q, Q.transpose(1, 2)) / 2 ** 0.5
print(scores.shape, scores.softmax(-1).sum(-1)[0])
print(Q.is_contiguous(), X.permute(0, 2, 1).is_contiguous())
