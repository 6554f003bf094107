# Indexing C[ix] is the same as one_hot(ix) @ C, and so are the gradients
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(1)
C = torch.randn(6, 2, generator=g, requires_grad=True)
ix = torch.tensor([5, 0, 5, 2])
a = C[ix]
b = F.one_hot(ix, num_classes=6).float() @ C
print(torch.equal(a, b))
w = torch.tensor([[1.0, -1.0]]).T
(a @ w).sum().backward()
grad_index = C.grad.clone()
C.grad = None
(b @ w).sum().backward()
print(grad_index)
print(torch.equal(grad_index, C.grad))
emb = torch.nn.Embedding.from_pretrained(C.detach())
print(emb(ix), emb.weight.requires_grad)
