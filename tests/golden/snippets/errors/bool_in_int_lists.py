# A bool inside a size or dims list: PyTorch's parser takes an int list only when its first
# element is an int and no bool, then reads the later elements, bools among them, as ints
import torch

x = torch.ones(3, 1)
y = torch.arange(6.).reshape(2, 3, 1)
cases = [
    ("zeros(True, 3)", lambda: torch.zeros(True, 3)), ("zeros(3, True)", lambda: torch.zeros(3, True)),
    ("ones(2, False, 1)", lambda: torch.ones(2, False, 1)), ("empty(True)", lambda: torch.empty(True)),
    ("zeros([True, 3])", lambda: torch.zeros([True, 3])), ("zeros((3, True))", lambda: torch.zeros((3, True))),
    ("rand(True, 3)", lambda: torch.rand(True, 3)), ("randn(3, True)", lambda: torch.randn(3, True)),
    ("new_zeros(True, 3)", lambda: x.new_zeros(True, 3)), ("new_ones(3, True)", lambda: x.new_ones(3, True)),
    ("reshape(3, True)", lambda: x.reshape(3, True)), ("reshape((True, 3))", lambda: x.reshape((True, 3))),
    ("tile((3, True))", lambda: x.tile((3, True))), ("repeat((True, 2))", lambda: x.repeat((True, 2))),
    ("view(3, True)", lambda: x.view(3, True)), ("expand(3, True)", lambda: x.expand(3, True)),
    ("permute(1, True)", lambda: x.permute(1, True)), ("permute(True, 0)", lambda: x.permute(True, 0)),
    ("permute(3, True)", lambda: x.permute(3, True)), ("flip(True)", lambda: x.flip(True)),
    ("flip((0, True))", lambda: x.flip((0, True))), ("sum((0, True))", lambda: y.sum((0, True))),
    ("sum([True, 0])", lambda: y.sum([True, 0])), ("mean((0, True))", lambda: y.mean((0, True))),
    ("amax((0, True))", lambda: y.amax((0, True))), ("squeeze((2, True))", lambda: y.squeeze((2, True))),
    ("movedim((0, True), (1, 0))", lambda: y.movedim((0, True), (1, 0))),
    ("roll((1, True), (0, 1))", lambda: y.roll((1, True), (0, 1))), ("rot90(1, (0, True))", lambda: y.rot90(1, (0, True))),
    ("tensordot([0, True])", lambda: torch.tensordot(y, y, dims=([0, True], [0, 1]))),
    ("norm(dim=(0, True))", lambda: y.norm(dim=(0, True))), ("sum(True)", lambda: y.sum(True)),
    ("unsqueeze(True)", lambda: y.unsqueeze(True)), ("transpose(True, 0)", lambda: y.transpose(True, 0)),
]
for label, f in cases:
    try:
        out = f()
        print(label, out.shape, out.sum().item())
    except Exception as e:
        print(label, type(e).__name__, str(e).split("\n")[0])
