# x[idx] = v on a non-leaf: IndexPutBackward0 shows the indices (None for a whole dim before
# an indexed one) and accumulate; index_put_ and x[i, j] too.
import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]], requires_grad=True)
for write in (lambda y: y.__setitem__(torch.tensor([0, 2]), 0.5),
              lambda y: y.__setitem__((slice(None), torch.tensor([0, 2])), 1.0),
              lambda y: y.__setitem__((Ellipsis, torch.tensor([1])), -1.0),
              lambda y: y.__setitem__(y > 4, 0.0),
              lambda y: y.__setitem__((torch.tensor([0, 1]), torch.tensor([2, 2])), torch.tensor(3.0)),
              lambda y: y.index_put_((torch.tensor([1]),), torch.tensor(2.0), accumulate=True)):
    y = x * 1
    write(y)
    fn = y.grad_fn
    print(fn.name(), fn._saved_indices, fn._saved_accumulate, len(fn._raw_saved_indices))
    print(type(fn._raw_saved_indices[-1]).__name__, fn.next_functions[0][0].name())
    x.grad = None
    y.sum().backward()
    print(x.grad)
g = x[torch.tensor([2, 0])]
print(g.grad_fn._saved_indices, type(g.grad_fn._raw_saved_indices[0]).__name__)
print(g.grad_fn._raw_saved_indices[0].__class__)
# a basic part that makes a view (an int, a partial slice) is taken first: CopySlices over IndexPut
w = torch.tensor([10.0, 20.0], requires_grad=True)
for key in ((1, torch.tensor([0, 2])), (slice(1, None), torch.tensor([0, 2]))):
    y = x * 1
    y[key] = w
    fn = y.grad_fn
    print(fn.name(), [(f.name() if f else None) for f, _ in fn.next_functions])
    x.grad = w.grad = None
    (y * y).sum().backward()
    print(y, x.grad, w.grad)
