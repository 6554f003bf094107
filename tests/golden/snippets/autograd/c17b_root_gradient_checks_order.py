# backward/grad check every given gradient (shape, then complex vs real) before the outputs'
# requires_grad; the positions in the messages are found with list.index(), as PyTorch finds them.
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
a, b = (x * 2).sum(), x * 3
for outs, seeds in [([a, b], [None, torch.ones(3)]), ([b, a], [torch.ones(2), torch.ones(2)]),
                    ([torch.tensor(1.0), b], [None, torch.ones(3)]), ([x.sum(), x.sum() * 1], [torch.ones(()), torch.ones(2)]),
                    ([torch.tensor(1.0), b], [None, None])]:
    try:
        torch.autograd.backward(outs, seeds)
    except RuntimeError as e:
        print(e)
z = torch.tensor([1 + 1j], requires_grad=True)
try:
    (z * 2).backward(torch.ones(1))
except RuntimeError as e:
    print(e)
