"""A tiny language model head that ties the embedding and output weights."""
import torch
import torch.nn as nn


class TinyLM(nn.Module):
    def __init__(self, vocab: int, dim: int) -> None:
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.proj = nn.Linear(dim, vocab, bias=False)
        self.proj.weight = self.embed.weight  # weight tying

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        return self.proj(torch.tanh(self.embed(ids)))


torch.manual_seed(0)
lm = TinyLM(vocab=7, dim=3)
ids = torch.tensor([[1, 2, 3], [4, 5, 6]])
loss = nn.functional.cross_entropy(lm(ids[:, :-1]).reshape(-1, 7), ids[:, 1:].reshape(-1))
loss.backward()
print(f"loss {loss.item():.6f}; params: {sum(p.numel() for p in lm.parameters())}")
print(lm.embed.weight.grad[1:3])
