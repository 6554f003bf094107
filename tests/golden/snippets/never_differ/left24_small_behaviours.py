import torch
from torch.distributions import transforms as T
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: torch.zeros(size=(True, 2)))
show(lambda: torch.randn(size=[True]))
show(lambda: torch.zeros((True, 2)))
x = torch.tensor([1.0, 2.0, 1.0, 5.0])
show(lambda: torch.histogram(x, bins=torch.tensor([0.0, 1.0, 2.0, 3.0]), range=(0.0, 3.0)))
show(lambda: torch.histogram(x, torch.tensor([0.0, 1.0, 2.0, 3.0]), range=(0.0, 3.0)))
show(lambda: torch.histogram(x, 3, range=(0.0, 3.0)))
show(lambda: T.AffineTransform(0., torch.ones(3)).forward_shape((2, 3)))
show(lambda: T.AffineTransform(0., torch.ones(3), event_dim=1).forward_shape((2, 1)))
show(lambda: T.AffineTransform(torch.zeros(2, 1), 2.).inverse_shape(torch.Size([3])))
show(lambda: pad_sequence([torch.tensor(1.0), torch.tensor(2.0)]))
show(lambda: pad_sequence([torch.ones(2), torch.tensor(1.0)]))
torch.manual_seed(0)
lstm = torch.nn.LSTM(2, 3)
packed = pack_padded_sequence(torch.ones(4, 2, 2), [4, 2])
for h, c in ((torch.zeros(2, 3), torch.zeros(2, 3)), (torch.zeros(1, 2, 3), torch.zeros(2, 3)),
             (torch.zeros(3), torch.zeros(3)), (torch.zeros(1, 2, 4), torch.zeros(1, 2, 3)),
             (torch.zeros(1, 2, 3), torch.zeros(1, 2, 4))):
    show(lambda: lstm(packed, (h, c))[1][0].shape)
