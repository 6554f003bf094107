# GRU and GRUCell at full precision. ATen applies the reset/update sigmoid in place to
# (batch, hidden) views of the hidden projection whose rows lie 3 * hidden apart, so rows
# shorter than two vectors take float32 sigmoid's scalar form (other last bits than a
# contiguous sigmoid for some inputs): outputs, gradients and a training loss, bit for bit.
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence

torch.manual_seed(57)
gru = nn.GRU(input_size=2, hidden_size=6, batch_first=True)
head = nn.Linear(6, 2)
x = torch.randn(8, 5, 2)
y = (x[:, :, 0].sum(dim=1) > 0).long()
opt = torch.optim.Adam(list(gru.parameters()) + list(head.parameters()), lr=0.02)
for step in range(4):
    opt.zero_grad()
    _, h = gru(x)
    loss = nn.functional.cross_entropy(head(h[-1]), y)
    loss.backward()
    opt.step()
    print(step, loss.item())
print(gru.weight_hh_l0.grad[:2].tolist())

for hidden, batch, layers, bidirectional in [(20, 4, 1, False), (40, 3, 2, True), (33, 1, 1, False)]:
    torch.manual_seed(hidden)
    net = nn.GRU(3, hidden, num_layers=layers, bidirectional=bidirectional, batch_first=True)
    inp = torch.randn(batch, 4, 3, requires_grad=True)
    out, hn = net(inp)
    (out.pow(2).sum() + hn.sum()).backward()
    print(hidden, out[0, -1, :4].tolist(), hn[-1, 0, -3:].tolist())
    print(inp.grad[0, 0].tolist(), net.weight_hh_l0.grad.sum().item(), net.bias_ih_l0.grad[:3].tolist())
    cell = nn.GRUCell(3, hidden)
    hc = cell(inp.detach()[:, 0], torch.randn(batch, hidden))
    print(hc[0, :3].tolist(), hc.sum().item())
    if batch > 1:
        packed = pack_padded_sequence(inp.detach(), torch.tensor([4, 3, 2, 1][:batch]), batch_first=True)
        po, ph = net(packed)
        print(po.data[:2, :3].tolist(), ph[0, -1, :3].tolist())
