# A tiny self-attention classifier: nn.MultiheadAttention (no weights returned) trained with SGD
import torch
from torch import nn

torch.manual_seed(11)
attn = nn.MultiheadAttention(embed_dim=12, num_heads=3, batch_first=True)
head = nn.Linear(12, 2)
x = torch.randn(6, 9, 12)
pad = torch.zeros(6, 9, dtype=torch.bool)
pad[:, 7:] = True
y = torch.tensor([0, 1, 1, 0, 1, 0])
opt = torch.optim.SGD([*attn.parameters(), *head.parameters()], lr=0.1)
for epoch in range(5):
    out, _ = attn(x, x, x, key_padding_mask=pad, need_weights=False)
    loss = nn.functional.cross_entropy(head(out.mean(dim=1)), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, loss.item())
print(attn.in_proj_weight.grad.norm().item())
