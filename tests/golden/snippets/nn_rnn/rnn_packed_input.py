# RNN / GRU / LSTM over a PackedSequence: unsorted lengths, given initial states, two layers,
# bidirectional, batch_first; packed outputs, final states in the caller's order, gradients.
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence, pack_sequence

for kind in ("RNN", "GRU", "LSTM"):
    for bi, layers, bf, dt in ((False, 1, True, torch.float32), (True, 2, False, torch.float32),
                               (True, 1, True, torch.float64)):
        torch.manual_seed(1)
        m = getattr(nn, kind)(3, 4, num_layers=layers, bidirectional=bi, batch_first=bf).to(dt)
        seqs = [torch.randn(n, 3, dtype=dt) for n in (2, 5, 3, 5)]
        x = pad_sequence(seqs, batch_first=bf).requires_grad_()
        packed = pack_padded_sequence(x, [2, 5, 3, 5], batch_first=bf, enforce_sorted=False)
        D = 2 if bi else 1
        h0 = torch.randn(layers * D, 4, 4, dtype=dt, requires_grad=True)
        hx = (h0, torch.randn(layers * D, 4, 4, dtype=dt)) if kind == "LSTM" else h0
        out, h = m(packed, hx)
        print(kind, bi, layers, bf, type(out).__name__, out.data.grad_fn.name(), out.batch_sizes, out.sorted_indices)
        print(out.data[:3])
        hn = h[0] if kind == "LSTM" else h
        print(hn.grad_fn.name(), hn[-1])
        un, lens = pad_packed_sequence(out, batch_first=bf)
        print(un.shape, lens, un[1] if bf else un[:, 1])
        loss = un.pow(2).sum() + hn.sum()
        loss.backward()
        print(round(loss.item(), 4), x.grad.sum((0, 1)), h0.grad.sum(), m.weight_hh_l0.grad.sum(0))
        out2, h2 = m(pack_sequence([s for s in sorted(seqs, key=len, reverse=True)]))
        print(out2.data[-1], (h2[0] if kind == "LSTM" else h2).shape)
gru = nn.GRU(3, 2)
for bad in (lambda: gru(pack_sequence([torch.ones(2, 4)])),
            lambda: gru(pack_sequence([torch.ones(2, 3)]), torch.zeros(1, 2, 2)),
            lambda: gru(pack_sequence([torch.ones(2, 3, dtype=torch.float64)]))):
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
