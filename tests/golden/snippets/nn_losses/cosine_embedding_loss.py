# CosineEmbeddingLoss: values, nodes, gradient, reductions, 0-D target, zero vectors, checks.
import torch, torch.nn as nn, torch.nn.functional as F
torch.manual_seed(0)
a = torch.randn(4, 5, requires_grad=True)
b = torch.randn(4, 5)
y = torch.tensor([1, -1, 1, -1])
loss = nn.CosineEmbeddingLoss(margin=0.2)
print(loss, nn.CosineEmbeddingLoss())
out = loss(a, b, y)
print(out, out.grad_fn.next_functions)
out.backward()
print(a.grad)
print(F.cosine_embedding_loss(a, b, y, reduction="none"), F.cosine_embedding_loss(a, b, y, reduction="sum"))
print(F.cosine_embedding_loss(a[0], b[0], torch.tensor(1)), F.cosine_embedding_loss(a, a, torch.ones(4)))
print(F.cosine_embedding_loss(torch.zeros(2, 3), torch.zeros(2, 3), torch.tensor([1, -1])))
for args in [(a, b, torch.ones(4, 1)), (a, b, torch.tensor(1)), (a[0], b[0], y)]:
    try:
        F.cosine_embedding_loss(*args)
    except RuntimeError as e:
        print(e)
print(nn.CosineEmbeddingLoss(size_average=False)(a, b, y))
