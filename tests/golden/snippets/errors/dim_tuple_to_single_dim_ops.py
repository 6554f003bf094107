import torch

x = torch.arange(6.).reshape(2, 3)
# ops that take one dim, given a tuple or a list as sum/mean would take it
for call in (lambda: torch.cumsum(x, (0,)), lambda: x.cumsum((0, 1)), lambda: x.cumsum(dim=[1]),
             lambda: torch.softmax(x, (1,)), lambda: x.log_softmax(dim=(1,)), lambda: torch.argmax(x, dim=(0, 1)),
             lambda: x.unsqueeze((0,)), lambda: x.select((0,), 1), lambda: x.topk(1, (1,)),
             lambda: torch.cat([x, x], (0,)), lambda: torch.stack([x, x], dim=[0]), lambda: x.chunk(2, (0,)),
             lambda: x.unbind((0,)), lambda: x.gather((1,), torch.zeros(2, 1, dtype=torch.long)),
             lambda: x.index_select((0,), torch.tensor([0])), lambda: x.transpose((0,), 1),
             lambda: x.flatten((0,)), lambda: torch.cumprod(x, dim=(0,)), lambda: x.cummax((0,))):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
