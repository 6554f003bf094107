import torch
from torch import nn
from torch.nn.utils.rnn import pack_sequence, pack_padded_sequence, pad_sequence

# nn.LSTM checks nothing of a packed input: the errors are the kernel's own
torch.manual_seed(0)
ok = pack_sequence([torch.ones(3, 3), torch.ones(2, 3)])
wide = pack_sequence([torch.ones(3, 4), torch.ones(2, 4)])
def states(*shape):
    return (torch.zeros(*shape), torch.zeros(*shape))
cases = [(nn.LSTM(3, 2), wide, None), (nn.LSTM(3, 2, num_layers=2, bidirectional=True), wide, None),
         (nn.LSTM(3, 2), pack_sequence([torch.ones(2, 3).double(), torch.ones(1, 3).double()]), None),
         (nn.LSTM(3, 2), ok, states(1, 3, 2)), (nn.LSTM(3, 2), ok, states(1, 1, 2)), (nn.LSTM(3, 2), ok, states(1, 2, 5)),
         (nn.LSTM(3, 2), ok, states(2, 2, 2)), (nn.LSTM(3, 2, num_layers=2), ok, states(1, 2, 2)),
         (nn.LSTM(3, 2), ok, (torch.zeros(1, 2, 2), torch.zeros(1, 3, 2))), (nn.GRU(3, 2), wide, None)]
for module, packed, hx in cases:
    try:
        out, _ = module(packed, hx)
        print("ran", tuple(out.data.shape))
    except RuntimeError as e:
        print(e)
# lengths past the padded steps: the batch sizes count to the length, the data stops at the last step
x = torch.arange(6.0).view(2, 3, 1)
p = pack_padded_sequence(x, [4, 2], batch_first=True)
print(p.data.view(-1), p.batch_sizes)
for seqs in ([torch.ones(2, 3), torch.ones(2, 4)], [torch.ones(2, 3), torch.ones(4, 3, 1)], [torch.ones(2, 1), torch.ones(3, 4)],
             [torch.ones(2, 4), torch.ones(3, 1)]):
    try:
        print(pad_sequence(seqs, batch_first=True).shape)
    except RuntimeError as e:
        print(e)
