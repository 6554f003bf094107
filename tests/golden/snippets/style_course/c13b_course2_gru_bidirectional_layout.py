# Course notebook: a 2-layer bidirectional GRU — how output and h_n are laid out, and how to pick the final states.
import torch
import torch.nn as nn

torch.manual_seed(62)
gru = nn.GRU(input_size=3, hidden_size=2, num_layers=2, bidirectional=True, batch_first=True)
x = torch.randn(4, 5, 3)
out, h_n = gru(x)
print(out.shape, h_n.shape)
h = h_n.view(2, 2, 4, 2)
print(torch.allclose(out[:, -1, :2], h[-1, 0]))
print(torch.allclose(out[:, 0, 2:], h[-1, 1]))
final = torch.cat([h[-1, 0], h[-1, 1]], dim=1)
print(final.shape)
print(final[0])
for name, p in gru.named_parameters():
    if "l1" in name:
        print(name, tuple(p.shape))
print(sum(p.numel() for p in gru.parameters()))
final.sum().backward()
print(gru.bias_hh_l0_reverse.grad)
