# Issue: "NaN loss when two embeddings coincide": distance via norm of a difference.
import torch

emb_a = torch.tensor([[1.0, 2.0], [0.0, 1.0]], requires_grad=True)
emb_b = torch.tensor([[1.0, 2.0], [3.0, 5.0]])
dist = (emb_a - emb_b).norm(dim=1)
dist.sum().backward()
print(dist.detach(), emb_a.grad)
emb_a.grad = None
manual = ((emb_a - emb_b) ** 2).sum(1).sqrt()
manual.sum().backward()
print(emb_a.grad)
emb_a.grad = None
torch.cdist(emb_a.unsqueeze(0), emb_b.unsqueeze(0)).diagonal(dim1=1, dim2=2).sum().backward()
print(emb_a.grad)
