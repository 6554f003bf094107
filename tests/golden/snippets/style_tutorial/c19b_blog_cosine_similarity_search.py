# Semantic search in 10 lines: cosine similarity with embeddings
import torch
import torch.nn.functional as F

torch.manual_seed(0)
docs = torch.randn(5, 8)
query = docs[3] + 0.1 * torch.randn(8)
sims = F.cosine_similarity(query[None, :], docs, dim=1)
print(sims)
print(f"best match: doc {sims.argmax().item()} ({sims.max():.4f})")
manual = (docs @ query) / (docs.norm(dim=1) * query.norm())
print(torch.allclose(sims, manual))
print(sims.topk(2))
