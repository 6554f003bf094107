# `from torch.X import name` where torch.X is a module, not a package: the error names torch.X
import torch
import torch.utils.checkpoint
for module in ["torch.utils.checkpoint", "torch.nn.functional", "torch.linalg", "torch.optim.lr_scheduler"]:
    try:
        exec(f"from {module} import no_such_name")
    except ImportError as e:
        print(type(e).__name__, str(e).split(" (")[0], e.name)
# TensorBoard logging: PyTorch's module needs the tensorboard package first
try:
    from torch.utils.tensorboard import SummaryWriter
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import torch.utils.tensorboard
except ImportError as e:
    print(type(e).__name__, e)
try:
    torch.utils.tensorboard
except AttributeError as e:
    print(type(e).__name__, str(e).splitlines()[0])
