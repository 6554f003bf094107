# cs231n: multiclass SVM loss with loops and its vectorized version, values printed in float32.
import torch

torch.manual_seed(231)
N, D, C = 5, 4, 3
X = torch.randn(N, D)
y = torch.tensor([0, 1, 2, 1, 0])
W = torch.randn(D, C) * 0.01
reg = 0.1
loss = 0.0
for i in range(N):
    scores = X[i] @ W
    correct = scores[y[i]]
    for j in range(C):
        if j == y[i]:
            continue
        margin = scores[j] - correct + 1
        if margin > 0:
            loss += margin
loss = loss / N + reg * torch.sum(W * W)
print('naive', loss)
scores = X @ W
margins = torch.clamp(scores - scores[torch.arange(N), y][:, None] + 1, min=0)
margins[torch.arange(N), y] = 0
loss_v = margins.sum() / N + reg * (W * W).sum()
print('vectorized', loss_v)
print(margins)
print((margins > 0).sum(1))
