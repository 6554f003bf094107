# A tensor subclass, as in the "extending torch" tutorial: ops keep the subclass
import torch


class TaggedTensor(torch.Tensor):
    tag = "measured"


t = TaggedTensor([1.0, 2.0, 3.0])
print(t, type(t).__name__, t.tag)
doubled = t * 2
print(type(doubled).__name__, doubled.sum())
x = torch.ones(2, requires_grad=True)
view = x.as_subclass(TaggedTensor)
print(view, view.grad_fn)
