# One sample's logits (1-D input) with a 0-d or size-1 target; F.linear with a 1-D weight.
import torch
import torch.nn.functional as F
x = torch.tensor([1.0, 2.0, 0.5])
for e in ['F.cross_entropy(x, torch.tensor(1))', 'F.cross_entropy(x, torch.tensor([1]))', 'F.cross_entropy(x, torch.tensor([1, 2]))', 'F.nll_loss(x.log_softmax(0), torch.tensor([2]))',
          'F.cross_entropy(x, torch.tensor([1]), reduction="none")', 'F.cross_entropy(x, torch.tensor([[1]]))', 'F.cross_entropy(x, torch.tensor([0.2, 0.3, 0.5]))',
          'F.cross_entropy(x, torch.tensor([-100]))', 'F.linear(torch.ones(2, 3), torch.ones(3))', 'F.linear(torch.ones(2, 3), torch.ones(3), torch.tensor(1.0))',
          'F.linear(torch.ones(3), torch.ones(3))', 'F.linear(torch.ones(4, 2, 3), torch.arange(3.))']:
    try:
        print(e, eval(e))
    except (RuntimeError, ValueError, IndexError) as err:
        print(e, type(err).__name__, err)
