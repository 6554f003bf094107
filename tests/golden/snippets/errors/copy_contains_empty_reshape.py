# copy_ from a source that does not broadcast to the destination, `in` with a tensor or a list,
# -1 in a shape for a tensor of 0 elements, and the layout of batch_norm's output for a transposed input.
import torch

for dst, src in [((5, 3), (3, 5)), ((3,), (2, 3)), ((2, 3), (4,)), ((2, 1), (2, 3)), ((0,), (2,)), ((2, 3), (3,))]:
    try:
        print(dst, src, torch.zeros(dst).copy_(torch.ones(src)).shape)
    except RuntimeError as e:
        print(dst, src, "RuntimeError:", e)
t = torch.tensor([1, 2, 3])
for element in [torch.tensor([1, 2]), torch.tensor([[1], [4]]), 2.0, 7, [1, 2], "1"]:
    try:
        print(repr(element), element in t)
    except RuntimeError as e:
        print("RuntimeError:", e)
empty = torch.empty(0, 3)
for shape in [(-1, 0), (0, -1), (-1,), (3, -1, 0), (-1, 5)]:
    try:
        print(shape, empty.reshape(shape).shape, empty.view(shape).shape)
    except RuntimeError as e:
        print(shape, "RuntimeError:", e)
try:
    torch.empty(5).view(-1, 0)
except RuntimeError as e:
    print("RuntimeError:", e)
x = torch.randn(2, 4, 6)
for training in (True, False):
    bn = torch.nn.BatchNorm1d(6).train(training)
    y = bn(x.transpose(1, 2))
    print(y.stride(), y.is_contiguous(), y.transpose(1, 2).is_contiguous())
    try:
        y.transpose(1, 2).view(2, 2, 12)
    except RuntimeError as e:
        print("RuntimeError:", e)
x4 = torch.randn(2, 3, 4, 5)
print(torch.nn.functional.batch_norm(x4.transpose(2, 3), None, None, training=True).stride())
channels_last = x4.permute(0, 2, 3, 1).contiguous().permute(0, 3, 1, 2)
print(torch.nn.functional.batch_norm(channels_last, None, None, training=True).stride())
