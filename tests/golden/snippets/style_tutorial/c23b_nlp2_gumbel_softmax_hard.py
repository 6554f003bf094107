import torch
import torch.nn.functional as F

# Discrete token choice with a straight-through Gumbel-softmax over a 4-word vocabulary
torch.manual_seed(48)
word_logits = torch.tensor([[0.5, 2.5, 0.0, -1.0], [1.0, 1.0, 1.0, 4.0], [0.0, 0.0, 0.0, 0.0]], requires_grad=True)
relaxed = F.gumbel_softmax(word_logits, tau=0.3, dim=-1)
print(relaxed.sum(dim=-1).round(decimals=4))
chosen = F.gumbel_softmax(word_logits, tau=2.0, hard=True, dim=-1)
print(chosen.argmax(-1), chosen.sum().item(), chosen.grad_fn.name())
embedding_table = torch.arange(8.0).view(4, 2)
(chosen @ embedding_table).sum().backward()
print(word_logits.grad.sum(-1).abs().lt(1e-5).tolist())
