"""``nn.Module``: the base class of every layer and model.

A module keeps three ordered tables: its parameters, its buffers (tensors that are state but
not learned, like batch norm's running mean) and its child modules. Assigning an attribute
routes the value into the right table, which is how ``self.fc = nn.Linear(4, 2)`` makes
``fc.weight`` show up in ``model.parameters()``.
"""
from __future__ import annotations

import itertools
import types
import warnings
from collections import OrderedDict, namedtuple
from collections.abc import Mapping
from typing import Any, Callable, Iterator, Optional

from autograd_tui.engine import compiled as _compiled
from autograd_tui.engine import dtypes, memory_formats
from autograd_tui.engine import functions as _F
from autograd_tui.engine import meta as _meta
from autograd_tui.engine._tensor import Tensor, use_device
from autograd_tui.engine.functions._common import typename
from autograd_tui.engine.graph import RemovableHandle
from autograd_tui.engine.missing import no_attribute, no_object_attribute
from autograd_tui.engine.grad_mode import no_grad
from autograd_tui.engine.nn.modules._backward_hook import BackwardHook, legacy_backward_hooks
from autograd_tui.engine.nn.modules._state_dict_hooks import _EXTRA_STATE, _WrappedHook, _add_hook
from autograd_tui.engine.nn.parameter import Parameter, UninitializedParameter

__all__ = ["Module"]


def _addindent(text: str, spaces: int) -> str:
    """Indent every line but the first (a child's repr nested under its parent's line)."""
    lines = text.split("\n")
    if len(lines) == 1:
        return text
    pad = " " * spaces
    return lines[0] + "\n" + "\n".join(pad + line for line in lines[1:])


class _IncompatibleKeys(namedtuple("IncompatibleKeys", ["missing_keys", "unexpected_keys"])):
    __slots__ = ()

    def __repr__(self) -> str:
        if not self.missing_keys and not self.unexpected_keys:
            return "<All keys matched successfully>"
        return f"_IncompatibleKeys(missing_keys={self.missing_keys!r}, unexpected_keys={self.unexpected_keys!r})"

    __str__ = __repr__


# Methods of PyTorch 2.13's nn.Module that the engine's lacks.
_ONLY_IN_PYTORCH = frozenset((
    "get_extra_state", "ipu", "mtia", "register_load_state_dict_post_hook",
    "register_load_state_dict_pre_hook", "register_state_dict_post_hook", "register_state_dict_pre_hook",
    "set_extra_state", "set_submodule", "xpu",
))
_BOTH_KINDS = ("Cannot use both regular backward hooks and full backward hooks on a single Module. Please use "
               "only one of them.")



def _materialize_lazy(module: "Module", name: str, target: Tensor, value: Any) -> Tensor:
    """The lazy modules' load hook: an uninitialised parameter (or a lazy norm's running
    statistic, still empty) takes the shape of the tensor loaded into it, so that a checkpoint
    loads into a lazy model before its first call, as in PyTorch."""
    if not isinstance(value, Tensor) or isinstance(value, UninitializedParameter):
        return target
    if isinstance(target, UninitializedParameter):
        with no_grad():
            target.materialize(tuple(value.shape))
        return target
    lazy_buffers = module.__dict__.get("_lazy_buffers")
    if lazy_buffers and name in lazy_buffers:
        lazy_buffers.discard(name)
        module._buffers[name] = new = target.new_zeros(tuple(value.shape))
        return new
    return target

# Hooks on every module (nn.modules.module.register_module_*), run before each module's own.
_global_forward_pre_hooks: OrderedDict = OrderedDict()
_global_forward_hooks: OrderedDict = OrderedDict()
_global_forward_hooks_with_kwargs: OrderedDict = OrderedDict()
_global_backward_hooks: OrderedDict = OrderedDict()
_global_backward_pre_hooks: OrderedDict = OrderedDict()


def register_module_forward_pre_hook(hook: Callable) -> RemovableHandle:
    """A forward pre-hook on every module: ``hook(module, args)``."""
    handle = RemovableHandle(_global_forward_pre_hooks)
    _global_forward_pre_hooks[handle._key] = hook
    return handle


def register_module_forward_hook(hook: Callable, *, with_kwargs: bool = False,
                                 always_call: bool = False) -> RemovableHandle:
    """A forward hook on every module: ``hook(module, args, output)``."""
    handle = RemovableHandle(_global_forward_hooks, (_global_forward_hooks_with_kwargs,))
    _global_forward_hooks[handle._key] = hook
    if with_kwargs:
        _global_forward_hooks_with_kwargs[handle._key] = True
    return handle


def register_module_full_backward_pre_hook(hook: Callable) -> RemovableHandle:
    """A backward pre-hook on every module: ``hook(module, grad_output)``."""
    handle = RemovableHandle(_global_backward_pre_hooks)
    _global_backward_pre_hooks[handle._key] = hook
    return handle


def register_module_full_backward_hook(hook: Callable) -> RemovableHandle:
    """A full backward hook on every module: ``hook(module, grad_input, grad_output)``."""
    handle = RemovableHandle(_global_backward_hooks)
    _global_backward_hooks[handle._key] = hook
    return handle


class Module:
    """The parent of every layer and model: a subclass registers parameters, buffers and submodules by
    assigning them, and writes ``forward``."""

    _version: int = 1  # recorded in state_dict metadata, as PyTorch does
    training: bool
    _is_full_backward_hook: Optional[bool]
    dump_patches: bool = False
    call_super_init: bool = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if kwargs:
            raise TypeError(f"{type(self).__name__}.__init__() got an unexpected keyword argument "
                            f"'{next(iter(kwargs))}'")
        if args:
            raise TypeError(f"{type(self).__name__}.__init__() takes 1 positional argument but "
                            f"{len(args) + 1} were given")
        setattr_ = object.__setattr__
        setattr_(self, "training", True)
        setattr_(self, "_parameters", {})
        setattr_(self, "_buffers", {})
        setattr_(self, "_non_persistent_buffers_set", set())
        setattr_(self, "_modules", {})
        setattr_(self, "_forward_hooks", OrderedDict())
        setattr_(self, "_forward_pre_hooks", OrderedDict())
        setattr_(self, "_forward_hooks_with_kwargs", OrderedDict())
        setattr_(self, "_forward_pre_hooks_with_kwargs", OrderedDict())
        setattr_(self, "_backward_hooks", OrderedDict())
        setattr_(self, "_backward_pre_hooks", OrderedDict())
        setattr_(self, "_state_dict_hooks", OrderedDict())
        setattr_(self, "_state_dict_pre_hooks", OrderedDict())
        setattr_(self, "_load_state_dict_pre_hooks", OrderedDict())
        setattr_(self, "_load_state_dict_post_hooks", OrderedDict())
        setattr_(self, "_is_full_backward_hook", None)  # True: full hooks; False: the legacy kind

    forward: Callable[..., Any]

    def _missing_forward(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError(f'Module [{type(self).__name__}] is missing the required "forward" function')

    forward = _missing_forward

    # ----- registration ------------------------------------------------------------------------
    def register_parameter(self, name: str, param: Optional[Parameter]) -> None:
        if "_parameters" not in self.__dict__:
            raise AttributeError("cannot assign parameter before Module.__init__() call")
        if not isinstance(name, str):
            raise TypeError(f"parameter name should be a string. Got {typename(name)}")
        if "." in name:
            raise KeyError('parameter name can\'t contain "."')
        if name == "":
            raise KeyError('parameter name can\'t be empty string ""')
        if hasattr(self, name) and name not in self._parameters:
            raise KeyError(f"attribute '{name}' already exists")
        if param is None:
            self._parameters[name] = None
            return
        if not isinstance(param, Parameter):
            raise TypeError(f"cannot assign '{typename(param)}' object to parameter '{name}' "
                            "(torch.nn.Parameter or None required)")
        if param.grad_fn is not None:
            raise ValueError(f"Cannot assign non-leaf Tensor to parameter '{name}'. Model parameters must be "
                             f"created explicitly. To express '{name}' as a function of another Tensor, "
                             "compute the value in the forward() method.")
        self._parameters[name] = param

    def register_buffer(self, name: str, tensor: Optional[Tensor], persistent: bool = True) -> None:
        if "_buffers" not in self.__dict__:
            raise AttributeError("cannot assign buffer before Module.__init__() call")
        if not isinstance(name, str):
            raise TypeError(f"buffer name should be a string. Got {typename(name)}")
        if "." in name:
            raise KeyError('buffer name can\'t contain "."')
        if name == "":
            raise KeyError('buffer name can\'t be empty string ""')
        if hasattr(self, name) and name not in self._buffers:
            raise KeyError(f"attribute '{name}' already exists")
        if tensor is not None and not isinstance(tensor, Tensor):
            raise TypeError(f"cannot assign '{typename(tensor)}' object to buffer '{name}' "
                            "(torch Tensor or None required)")
        self._buffers[name] = tensor
        if persistent:
            self._non_persistent_buffers_set.discard(name)
        else:
            self._non_persistent_buffers_set.add(name)

    def add_module(self, name: str, module: Optional["Module"]) -> None:
        if not isinstance(module, Module) and module is not None:
            raise TypeError(f"{typename(module)} is not a Module subclass")
        if not isinstance(name, str):
            raise TypeError(f"module name should be a string. Got {typename(name)}")
        if hasattr(self, name) and name not in self._modules:
            raise KeyError(f"attribute '{name}' already exists")
        if "." in name:
            raise KeyError(f'module name can\'t contain ".", got: {name}')
        if name == "":
            raise KeyError('module name can\'t be empty string ""')
        self._modules[name] = module

    register_module = add_module

    def __getattr__(self, name: str) -> Any:
        # Only called when normal lookup fails: look in the three tables.
        d = self.__dict__
        for table in ("_parameters", "_buffers", "_modules"):
            values = d.get(table)
            if values is not None and name in values:
                value = values[name]
                if _compiled.reads and isinstance(value, Tensor):  # a compiled call notes what it read
                    _compiled.reads[-1].append((self, value))
                return value
        raise no_object_attribute(self, "torch.nn.Module", name, _ONLY_IN_PYTORCH)

    def __setattr__(self, name: str, value: Any) -> None:
        d = self.__dict__
        params = d.get("_parameters")
        if isinstance(value, Parameter):
            if params is None:
                raise AttributeError("cannot assign parameters before Module.__init__() call")
            self._forget(name, keep="_parameters")
            self.register_parameter(name, value)
            return
        if params is not None and name in params:
            if value is not None:
                raise TypeError(f"cannot assign '{typename(value)}' as parameter '{name}' "
                                "(torch.nn.Parameter or None expected)")
            self.register_parameter(name, value)
            return
        modules = d.get("_modules")
        if isinstance(value, Module):
            if modules is None:
                raise AttributeError("cannot assign module before Module.__init__() call")
            self._forget(name, keep="_modules")
            modules[name] = value
            return
        if modules is not None and name in modules:
            if value is not None:
                raise TypeError(f"cannot assign '{typename(value)}' as child module '{name}' "
                                "(torch.nn.Module or None expected)")
            modules[name] = value
            return
        buffers = d.get("_buffers")
        if isinstance(value, Tensor) and getattr(value, "_is_buffer", False):
            if buffers is None:
                raise AttributeError("cannot assign buffer before Module.__init__() call")
            self._forget(name, keep="_buffers")
            self.register_buffer(name, value, getattr(value, "persistent", True))
            return
        if buffers is not None and name in buffers:
            if value is not None and not isinstance(value, Tensor):
                raise TypeError(f"cannot assign '{typename(value)}' as buffer '{name}' "
                                "(torch.nn.Buffer, torch.Tensor or None expected)")
            buffers[name] = value
            return
        object.__setattr__(self, name, value)

    def _forget(self, name: str, keep: str) -> None:
        """Drop ``name`` from every table but ``keep`` (and from plain attributes)."""
        self.__dict__.pop(name, None)
        for table in ("_parameters", "_buffers", "_modules"):
            if table != keep:
                self.__dict__[table].pop(name, None)
        if keep != "_buffers":
            self._non_persistent_buffers_set.discard(name)

    def __delattr__(self, name: str) -> None:
        for table in ("_parameters", "_buffers", "_modules"):
            values = self.__dict__.get(table)
            if values is not None and name in values:
                del values[name]
                self._non_persistent_buffers_set.discard(name)
                return
        object.__delattr__(self, name)

    def __dir__(self):
        attrs = set(dir(type(self))) | set(self.__dict__)
        attrs |= set(self._parameters) | set(self._modules) | set(self._buffers)
        return sorted(a for a in attrs if not a[:1].isdigit())

    # ----- traversal ---------------------------------------------------------------------------
    def named_modules(self, memo: Optional[set] = None, prefix: str = "",
                      remove_duplicate: bool = True) -> Iterator[tuple[str, "Module"]]:
        if memo is None:
            memo = set()
        if self in memo:
            return
        if remove_duplicate:
            memo.add(self)
        yield prefix, self
        for name, module in self._modules.items():
            if module is None:
                continue
            child_prefix = prefix + ("." if prefix else "") + name
            yield from module.named_modules(memo, child_prefix, remove_duplicate)

    def modules(self) -> Iterator["Module"]:
        for _, module in self.named_modules():
            yield module

    def named_children(self) -> Iterator[tuple[str, "Module"]]:
        seen = set()
        for name, module in self._modules.items():
            if module is not None and module not in seen:
                seen.add(module)
                yield name, module

    def children(self) -> Iterator["Module"]:
        for _, module in self.named_children():
            yield module

    def _named_members(self, table: str, prefix: str, recurse: bool, remove_duplicate: bool = True):
        seen = set()
        owners = self.named_modules(prefix=prefix, remove_duplicate=remove_duplicate) if recurse \
            else [(prefix, self)]
        for owner_prefix, owner in owners:
            for name, value in getattr(owner, table).items():
                if value is None or (remove_duplicate and id(value) in seen):
                    continue
                if remove_duplicate:
                    seen.add(id(value))
                yield owner_prefix + ("." if owner_prefix else "") + name, value

    def named_parameters(self, prefix: str = "", recurse: bool = True,
                         remove_duplicate: bool = True) -> Iterator[tuple[str, Parameter]]:
        yield from self._named_members("_parameters", prefix, recurse, remove_duplicate)

    def parameters(self, recurse: bool = True) -> Iterator[Parameter]:
        for _, param in self.named_parameters(recurse=recurse):
            yield param

    def named_buffers(self, prefix: str = "", recurse: bool = True,
                      remove_duplicate: bool = True) -> Iterator[tuple[str, Tensor]]:
        yield from self._named_members("_buffers", prefix, recurse, remove_duplicate)

    def buffers(self, recurse: bool = True) -> Iterator[Tensor]:
        for _, buf in self.named_buffers(recurse=recurse):
            yield buf

    def get_submodule(self, target: str) -> "Module":
        if target == "":
            return self
        module = self
        for item in target.split("."):
            if not hasattr(module, item):
                raise AttributeError(f"{module._get_name()} has no attribute `{item}`")
            module = getattr(module, item)
            if not isinstance(module, Module):
                raise AttributeError(f"`{item}` is not an nn.Module")
        return module

    def set_submodule(self, target: str, module: "Module", strict: bool = False) -> None:
        if target == "":
            raise ValueError("Cannot set the submodule without a target name!")
        parent_path, _, name = target.rpartition(".")
        if not isinstance(module, Module):
            raise ValueError(f"`module` is not an nn.Module, found {type(module)}")
        parent = self.get_submodule(parent_path)
        if strict and not hasattr(parent, name):
            raise AttributeError(f"{parent._get_name()} has no attribute `{name}`")
        if hasattr(parent, name) and not isinstance(getattr(parent, name), Module):
            raise AttributeError(f"`{name}` is not an nn.Module")
        setattr(parent, name, module)

    def get_parameter(self, target: str) -> Parameter:
        module_path, _, name = target.rpartition(".")
        module = self.get_submodule(module_path)
        if not hasattr(module, name):
            raise AttributeError(f"{module._get_name()} has no attribute `{name}`")
        param = getattr(module, name)
        if not isinstance(param, Parameter):
            raise AttributeError(f"`{name}` is not an nn.Parameter")
        return param

    def get_buffer(self, target: str) -> Tensor:
        module_path, _, name = target.rpartition(".")
        module = self.get_submodule(module_path)
        if name not in module._buffers:
            raise AttributeError(f"`{name}` is not a buffer")
        return module._buffers[name]

    # ----- modes and gradients -----------------------------------------------------------------
    def train(self, mode: bool = True) -> "Module":
        if not isinstance(mode, bool):
            raise ValueError("training mode is expected to be boolean")
        self.training = mode
        for module in self.children():
            module.train(mode)
        return self

    def eval(self) -> "Module":
        return self.train(False)

    def requires_grad_(self, requires_grad: bool = True) -> "Module":
        for p in self.parameters():
            p.requires_grad_(requires_grad)
        return self

    def zero_grad(self, set_to_none: bool = True) -> None:
        for p in self.parameters():
            if p.grad is None:
                continue
            if set_to_none:
                p.grad = None
            else:
                if p.grad.grad_fn is not None:
                    p.grad.detach_()
                else:
                    p.grad.requires_grad_(False)
                p.grad.zero_()

    def apply(self, fn: Callable[["Module"], None]) -> "Module":
        for module in self.children():
            module.apply(fn)
        fn(self)
        return self

    # ----- conversions -------------------------------------------------------------------------
    def _apply_to_tensors(self, convert: Callable[[Tensor], Tensor], floating_only: bool = True) -> "Module":
        for module in self.modules():
            with no_grad():
                for param in module._parameters.values():
                    if param is None or (floating_only and not param.dtype.is_floating_point):
                        continue
                    param.data = convert(param.data)
                    if param._grad is not None:
                        param._grad = convert(param._grad)
                for name, buf in module._buffers.items():
                    if buf is not None and (not floating_only or buf.dtype.is_floating_point):
                        module._buffers[name] = convert(buf)
        return self

    def to(self, *args: Any, **kwargs: Any) -> "Module":
        dtype = kwargs.get("dtype")
        meta = None  # to the meta device (True), to the CPU (False), or no device named
        for a in args:
            if isinstance(a, dtypes.dtype):
                dtype = a
            elif isinstance(a, Tensor):
                dtype = a.dtype
            elif a is not None and not isinstance(a, bool):
                meta = use_device(a)  # the CPU or the meta device; anything else raises PyTorch's error
        if kwargs.get("device") is not None:
            meta = use_device(kwargs["device"])
        if meta is not None:
            self._apply_to_tensors(lambda t: t.to("meta" if meta else "cpu") if meta or t._on_meta else t,
                                   floating_only=False)
        fmt = memory_formats.check(kwargs.get("memory_format"), "to")
        if fmt is not None:  # PyTorch lays out every 4-D and 5-D parameter and buffer so
            self._apply_to_tensors(lambda t: t.to(memory_format=fmt) if t.dim() in (4, 5) else t,
                                   floating_only=False)
        if dtype is None:
            return self
        if not dtype.is_floating_point:
            raise TypeError(f"nn.Module.to only accepts floating point or complex dtypes, but got desired "
                            f"dtype={dtype}")
        return self._apply_to_tensors(lambda t: t.to(dtype))

    def float(self) -> "Module":
        return self._apply_to_tensors(lambda t: t.to(dtypes.float32))

    def double(self) -> "Module":
        return self._apply_to_tensors(lambda t: t.to(dtypes.float64))

    def half(self) -> "Module":
        return self._apply_to_tensors(lambda t: t.to(dtypes.float16))

    def bfloat16(self) -> "Module":
        return self._apply_to_tensors(lambda t: t.to(dtypes.bfloat16))

    def type(self, dst_type) -> "Module":
        return self._apply_to_tensors(lambda t: t.to(dst_type), floating_only=False)

    def cpu(self) -> "Module":
        return self.to("cpu") if any(t._on_meta for t in self._tensors()) else self

    def to_empty(self, *, device: Any, recurse: bool = True) -> "Module":
        """Parameters and buffers on ``device`` with their shapes and dtypes and no chosen values
        (zeros here; PyTorch leaves whatever memory held), typically after a meta-device model."""
        meta = use_device(device)
        make_empty = (lambda t: _F.zeros(t.shape, dtype=t.dtype, device="meta")) if meta else (
            lambda t: _F.zeros(t.shape, dtype=t.dtype))
        modules = self.modules() if recurse else [self]
        for module in modules:
            for param in module._parameters.values():
                if param is not None:
                    param.data = make_empty(param)
            for name, buf in module._buffers.items():
                if buf is not None:
                    module._buffers[name] = make_empty(buf)
        return self

    def _tensors(self):
        for module in self.modules():
            yield from (p for p in module._parameters.values() if p is not None)
            yield from (b for b in module._buffers.values() if b is not None)

    def cuda(self, device: Any = None) -> "Module":
        raise AssertionError("Torch not compiled with CUDA enabled")

    def share_memory(self) -> "Module":
        # As PyTorch's _apply: every parameter, its .grad, and every buffer.
        for t in self._tensors():
            t.share_memory_()
            if t.grad is not None:
                t.grad.share_memory_()
        return self

    # ----- state dicts -------------------------------------------------------------------------
    # PyTorch's protocol, hook for hook: a learner's override of _save_to_state_dict or
    # _load_from_state_dict (renamed keys of an old checkpoint) runs where PyTorch runs it.
    def get_extra_state(self) -> Any:
        raise RuntimeError("Reached a code path in Module.get_extra_state() that should never be called. Please file "
                           "an issue at https://github.com/pytorch/pytorch/issues/new?template=bug-report.yml to "
                           "report this bug.")

    def set_extra_state(self, state: Any) -> None:
        raise RuntimeError("Reached a code path in Module.set_extra_state() that should never be called. Please file "
                           "an issue at https://github.com/pytorch/pytorch/issues/new?template=bug-report.yml to "
                           "report this bug.")

    def _register_state_dict_hook(self, hook: Callable) -> RemovableHandle:
        if getattr(hook, "_from_public_api", False):
            raise RuntimeError("Cannot register the same function as the state dict post hook that was previously "
                               "registered via register_state_dict_post_hook")
        return _add_hook(self._state_dict_hooks, hook)

    def register_state_dict_post_hook(self, hook: Callable) -> RemovableHandle:
        hook._from_public_api = True  # type: ignore[attr-defined]
        return _add_hook(self._state_dict_hooks, hook)

    def register_state_dict_pre_hook(self, hook: Callable) -> RemovableHandle:
        return _add_hook(self._state_dict_pre_hooks, hook)

    def _register_load_state_dict_pre_hook(self, hook: Callable, with_module: bool = False) -> RemovableHandle:
        return _add_hook(self._load_state_dict_pre_hooks, _WrappedHook(hook, self if with_module else None))

    def register_load_state_dict_pre_hook(self, hook: Callable) -> RemovableHandle:
        return self._register_load_state_dict_pre_hook(hook, with_module=True)

    def register_load_state_dict_post_hook(self, hook: Callable) -> RemovableHandle:
        return _add_hook(self._load_state_dict_post_hooks, hook)

    def _save_to_state_dict(self, destination: dict, prefix: str, keep_vars: bool) -> None:
        for name, param in self._parameters.items():
            if param is not None:
                # a lazy parameter stays itself, as LazyModuleMixin saves it: its shape raises
                keep = keep_vars or isinstance(param, UninitializedParameter)
                destination[prefix + name] = param if keep else param.detach()
        for name, buf in self._buffers.items():
            if buf is not None and name not in self._non_persistent_buffers_set:
                destination[prefix + name] = buf if keep_vars else buf.detach()
        if type(self).get_extra_state is not Module.get_extra_state:
            destination[prefix + _EXTRA_STATE] = self.get_extra_state()

    def state_dict(self, *args: Any, destination: Optional[dict] = None, prefix: str = "",
                   keep_vars: bool = False) -> dict[str, Any]:
        if args:  # the old positional form state_dict(destination, prefix, keep_vars)
            warnings.warn("Positional args are being deprecated, use kwargs instead. Refer to "
                          "https://pytorch.org/docs/main/generated/torch.nn.Module.html#torch.nn.Module.state_dict"
                          " for details.", FutureWarning, stacklevel=2)
            if destination is None:
                destination = args[0]
            if len(args) > 1 and prefix == "":
                prefix = args[1]
            if len(args) > 2 and keep_vars is False:
                keep_vars = args[2]
        if destination is None:
            destination = OrderedDict()
            destination.__dict__["_metadata"] = OrderedDict()  # as PyTorch's state_dict carries it
        local_metadata = {"version": self._version}
        if hasattr(destination, "_metadata"):
            destination._metadata[prefix[:-1]] = local_metadata
        for hook in self._state_dict_pre_hooks.values():
            hook(self, prefix, keep_vars)
        self._save_to_state_dict(destination, prefix, keep_vars)
        for name, module in self._modules.items():
            if module is not None:
                module.state_dict(destination=destination, prefix=prefix + name + ".", keep_vars=keep_vars)
        for hook in self._state_dict_hooks.values():
            returned = hook(self, destination, prefix, local_metadata)
            if not getattr(hook, "_from_public_api", False):
                if returned is not None:
                    destination = returned
            elif returned is not None:
                raise RuntimeError("state_dict post-hook must return None")
        return destination

    def _load_from_state_dict(self, state_dict: dict, prefix: str, local_metadata: dict, strict: bool,
                              missing_keys: list, unexpected_keys: list, error_msgs: list) -> None:
        for hook in self._load_state_dict_pre_hooks.values():
            hook(state_dict, prefix, local_metadata, strict, missing_keys, unexpected_keys, error_msgs)
        # Entries registered as None (bias=False, untracked running stats) are no keys of the
        # module: a checkpoint's tensors for them are unexpected, as in PyTorch.
        local = {name: target for name, target in itertools.chain(
            self._parameters.items(),
            ((k, v) for k, v in self._buffers.items() if k not in self._non_persistent_buffers_set))
            if target is not None}
        assign = local_metadata.get("assign_to_params_buffers", False)
        for name, target in local.items():
            key = prefix + name
            if key in state_dict:
                self._load_one(name, key, _materialize_lazy(self, name, target, state_dict[key]),
                               state_dict[key], error_msgs, assign)
            elif strict:
                missing_keys.append(key)
        extra_key = prefix + _EXTRA_STATE
        if type(self).set_extra_state is not Module.set_extra_state:
            if extra_key in state_dict:
                self.set_extra_state(state_dict[extra_key])
            elif strict:
                missing_keys.append(extra_key)
        elif strict and extra_key in state_dict:
            unexpected_keys.append(extra_key)
        if strict:
            # PyTorch's rule: a dotted remainder must name a child, a plain one a local entry
            for key in state_dict:
                if key.startswith(prefix) and key != extra_key:
                    head, dotted, _ = key[len(prefix):].partition(".")
                    if (head not in self._modules) if dotted else (head not in local):
                        unexpected_keys.append(key)

    def load_state_dict(self, state_dict: Any, strict: bool = True, assign: bool = False) -> _IncompatibleKeys:
        if not isinstance(state_dict, Mapping):
            raise TypeError(f"Expected state_dict to be dict-like, got {type(state_dict)}.")
        missing: list[str] = []
        unexpected: list[str] = []
        errors: list[str] = []
        metadata = getattr(state_dict, "_metadata", None)
        state_dict = OrderedDict(state_dict)  # hooks and upgrades may edit it; the caller's dict stays
        if metadata is not None:
            state_dict.__dict__["_metadata"] = metadata

        def load(module: Module, local_state: dict, prefix: str = "") -> None:
            local_metadata = {} if metadata is None else metadata.get(prefix[:-1], {})
            if assign:
                local_metadata["assign_to_params_buffers"] = assign
            module._load_from_state_dict(local_state, prefix, local_metadata, True, missing, unexpected, errors)
            for name, child in module._modules.items():
                if child is not None:
                    child_prefix = prefix + name + "."
                    load(child, {k: v for k, v in local_state.items() if k.startswith(child_prefix)}, child_prefix)
            incompatible = _IncompatibleKeys(missing, unexpected)
            for hook in module._load_state_dict_post_hooks.values():
                if hook(module, incompatible) is not None:
                    raise AssertionError("Hooks registered with ``register_load_state_dict_post_hook`` are not "
                                         "expected to return new values, if incompatible_keys need to be modified, "
                                         "it should be done inplace.")

        load(self, state_dict)
        if strict:
            if unexpected:
                errors.insert(0, "Unexpected key(s) in state_dict: {}. ".format(
                    ", ".join(f'"{k}"' for k in unexpected)))
            if missing:
                errors.insert(0, "Missing key(s) in state_dict: {}. ".format(
                    ", ".join(f'"{k}"' for k in missing)))
        if errors:
            raise RuntimeError("Error(s) in loading state_dict for {}:\n\t{}".format(
                type(self).__name__, "\n\t".join(errors)))
        return _IncompatibleKeys(missing, unexpected)

    def _load_one(self, name: str, key: str, target: Tensor, value: Any, errors: list, assign: bool) -> None:
        if not isinstance(value, Tensor):
            errors.append(f'While copying the parameter named "{key}", expected torch.Tensor or Tensor-like '
                          f"object from checkpoint but received {type(value)}")
            return
        lazy = isinstance(target, UninitializedParameter)
        if not lazy and target.ndim == 0 and value.shape == (1,):
            value = value[0]  # checkpoints from before 0-dim tensors stored scalars as [1]
        if not lazy and value.shape != target.shape:
            errors.append(f"size mismatch for {key}: copying a param with shape {value.shape} from "
                          f"checkpoint, the shape in current model is {target.shape}.")
            return
        try:
            with no_grad():
                if assign:
                    if isinstance(target, Parameter):
                        if isinstance(value, Parameter):
                            value.requires_grad_(target.requires_grad)
                        else:
                            value = Parameter(value, target.requires_grad)
                    setattr(self, name, value)
                else:
                    target.copy_(value)
        except Exception as ex:  # PyTorch reports any failed copy among the loading errors
            errors.append(f'While copying the parameter named "{key}", whose dimensions in the model are '
                          f"{target.size()} and whose dimensions in the checkpoint are {value.size()}, an "
                          f"exception occurred : {ex.args}.")

    # ----- calling -----------------------------------------------------------------------------
    def register_forward_pre_hook(self, hook: Callable, *, prepend: bool = False,
                                  with_kwargs: bool = False) -> RemovableHandle:
        # As in PyTorch, the table holds the hooks themselves (prune looks for its own there); the
        # with_kwargs flags are a table of their own.
        handle = RemovableHandle(self._forward_pre_hooks, (self._forward_pre_hooks_with_kwargs,))
        self._forward_pre_hooks[handle._key] = hook
        if with_kwargs:
            self._forward_pre_hooks_with_kwargs[handle._key] = True
        if prepend:
            self._forward_pre_hooks.move_to_end(handle._key, last=False)
        return handle

    def register_forward_hook(self, hook: Callable, *, prepend: bool = False, with_kwargs: bool = False,
                              always_call: bool = False) -> RemovableHandle:
        handle = RemovableHandle(self._forward_hooks, (self._forward_hooks_with_kwargs,))
        self._forward_hooks[handle._key] = hook
        if with_kwargs:
            self._forward_hooks_with_kwargs[handle._key] = True
        if prepend:
            self._forward_hooks.move_to_end(handle._key, last=False)
        return handle

    def register_full_backward_pre_hook(self, hook: Callable, prepend: bool = False) -> RemovableHandle:
        handle = RemovableHandle(self._backward_pre_hooks)
        self._backward_pre_hooks[handle._key] = hook
        if prepend:
            self._backward_pre_hooks.move_to_end(handle._key, last=False)
        return handle

    def register_full_backward_hook(self, hook: Callable, prepend: bool = False) -> RemovableHandle:
        if self._is_full_backward_hook is False:
            raise RuntimeError(_BOTH_KINDS)
        self._is_full_backward_hook = True
        handle = RemovableHandle(self._backward_hooks)
        self._backward_hooks[handle._key] = hook
        if prepend:
            self._backward_hooks.move_to_end(handle._key, last=False)
        return handle

    def register_backward_hook(self, hook: Callable) -> RemovableHandle:
        """The deprecated kind: a hook on the node that made the output (see _legacy_backward_hooks)."""
        if self._is_full_backward_hook is True:
            raise RuntimeError(_BOTH_KINDS)
        self._is_full_backward_hook = False
        handle = RemovableHandle(self._backward_hooks)
        self._backward_hooks[handle._key] = hook
        return handle

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        state = self.__dict__
        if not (self._forward_pre_hooks or self._forward_hooks or state.get("_backward_hooks")
                or state.get("_backward_pre_hooks") or _global_forward_pre_hooks or _global_forward_hooks
                or _global_backward_hooks or _global_backward_pre_hooks):
            return self.forward(*args, **kwargs)  # no hook anywhere, as PyTorch's _call_impl checks first
        if self._forward_pre_hooks or _global_forward_pre_hooks:  # every module's (global) hooks first
            for key, hook in [*_global_forward_pre_hooks.items(), *self._forward_pre_hooks.items()]:
                if key in self._forward_pre_hooks_with_kwargs:
                    result = hook(self, args, kwargs)
                    if result is not None:
                        args, kwargs = result
                else:
                    result = hook(self, args)
                    if result is not None:
                        args = result if isinstance(result, tuple) else (result,)
        backward_hook = None
        module_hooks, pre_hooks = state.get("_backward_hooks") or {}, state.get("_backward_pre_hooks") or {}
        full = state.get("_is_full_backward_hook") is True
        if (full and module_hooks) or pre_hooks or _global_backward_hooks or _global_backward_pre_hooks:
            backward_hook = BackwardHook(
                self, [*_global_backward_hooks.values(), *(module_hooks.values() if full else ())],
                [*_global_backward_pre_hooks.values(), *pre_hooks.values()])
            args = backward_hook.setup_input_hook(args)
        output = self.forward(*args, **kwargs)
        if self._forward_hooks or _global_forward_hooks:
            for key, hook in [*_global_forward_hooks.items(), *self._forward_hooks.items()]:
                with_kwargs = key in self._forward_hooks_with_kwargs or key in _global_forward_hooks_with_kwargs
                result = hook(self, args, kwargs, output) if with_kwargs else hook(self, args, output)
                if result is not None:
                    output = result
        if backward_hook is not None:
            if not isinstance(output, (Tensor, tuple)):
                warnings.warn("For backward hooks to be called, module output should be a Tensor or a tuple of "
                              f"Tensors but received {type(output)}", UserWarning, stacklevel=2)
            output = backward_hook.setup_output_hook(output)
        if module_hooks and state.get("_is_full_backward_hook") is False:
            legacy_backward_hooks(self, list(module_hooks.values()), args, output)
        return output

    def compile(self, *args: Any, **kwargs: Any) -> None:
        """``torch.compile`` of this module's calls, in place (its state_dict keys stay as they are);
        the engine checks the arguments and runs the module as before (see engine/compiled.py)."""
        object.__setattr__(self, "_compiled_call_impl", _compiled.compile(self.__call__, *args, **kwargs))

    def _optimized(self, through_aot: bool) -> "Module":
        return OptimizedModule(self, through_aot)  # what torch.compile(module) returns

    # ----- printing ----------------------------------------------------------------------------
    def extra_repr(self) -> str:
        return ""

    def _get_name(self) -> str:
        return type(self).__name__

    def __repr__(self) -> str:
        extra = self.extra_repr()
        extra_lines = extra.split("\n") if extra else []
        child_lines = [f"({key}): " + _addindent(repr(module), 2) for key, module in self._modules.items()]
        lines = extra_lines + child_lines
        text = self._get_name() + "("
        if lines:
            if len(extra_lines) == 1 and not child_lines:
                text += extra_lines[0]
            else:
                text += "\n  " + "\n  ".join(lines) + "\n"
        return text + ")"

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        for table, default in (("_forward_hooks", OrderedDict), ("_forward_pre_hooks", OrderedDict),
                               ("_forward_hooks_with_kwargs", OrderedDict),
                               ("_forward_pre_hooks_with_kwargs", OrderedDict),
                               ("_backward_hooks", OrderedDict), ("_backward_pre_hooks", OrderedDict),
                               ("_state_dict_hooks", OrderedDict), ("_state_dict_pre_hooks", OrderedDict),
                               ("_load_state_dict_pre_hooks", OrderedDict),
                               ("_load_state_dict_post_hooks", OrderedDict), ("_non_persistent_buffers_set", set)):
            if table not in self.__dict__:
                object.__setattr__(self, table, default())
        self.__dict__.setdefault("_is_full_backward_hook", None)


Module.__module__ = "torch.nn.modules.module"


class OptimizedModule(Module):
    """What ``torch.compile(module)`` returns: ``module`` as its one child ``_orig_mod``, every other
    attribute read and written on ``module`` itself. Calls run ``module`` as before."""

    # the attributes that stay on the wrapper (PyTorch's list)
    _opt_mod_attributes = frozenset(("_orig_mod", "dynamo_ctx", "_torchdynamo_orig_callable", "_torchdynamo_wrapper_id",
                                     "get_compiler_config", "forward", "_forward", "__dict__", "named_children_walk",
                                     "_super_module_initialized"))

    def __init__(self, mod: Module, through_aot: bool = True) -> None:
        object.__setattr__(self, "_orig_mod", mod)  # first: attribute lookups below go through it
        object.__setattr__(self, "_through_aot", through_aot)  # the backend's choice, kept on the wrapper
        self._super_module_initialized = False
        super().__init__()
        self._super_module_initialized = True
        self._orig_mod = mod  # now registered as the child module
        self.forward = mod.__call__

    def __len__(self) -> int:
        if hasattr(type(self._orig_mod), "__len__"):
            return len(self._orig_mod)
        raise TypeError(f"{type(self._orig_mod).__name__} does not support len()")

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if _global_forward_pre_hooks or _global_forward_hooks or _global_backward_hooks or _global_backward_pre_hooks:
            warnings.warn("Using `torch.compile(module)` when there are global hooks on modules (e.g., from "
                          "`register_module_forward_hook`); this will cause the hooks to fire an extra time for the "
                          "`OptimizedModule` created by `torch.compile(module)`. If this causes undesired behavior, "
                          "please try using `module.compile()`, or use the per-module hooks instead", stacklevel=2)
        if self.__dict__["_through_aot"]:
            return _compiled.run_compiled(super().__call__, args, kwargs)
        return super().__call__(*args, **kwargs)

    @property
    def training(self) -> bool:
        return self._orig_mod.training

    @training.setter
    def training(self, value: bool) -> None:
        if self.__dict__.get("_super_module_initialized"):  # Module.__init__'s default is not the wrapped one's
            self._orig_mod.training = value

    def __getattr__(self, name: str) -> Any:
        if name == "_orig_mod":
            return self._modules["_orig_mod"]
        return getattr(self._orig_mod, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if hasattr(type(self), name) or name in OptimizedModule._opt_mod_attributes:
            super().__setattr__(name, value)
        else:
            setattr(self._orig_mod, name, value)

    def __delattr__(self, name: str) -> None:
        if hasattr(type(self), name) or name in OptimizedModule._opt_mod_attributes:
            super().__delattr__(name)
        else:
            delattr(self._orig_mod, name)

    def _optimized(self, through_aot: bool) -> Any:
        # compiling the wrapper again compiles the wrapped module's forward, as a plain function
        return _compiled.wrap_function(self._orig_mod.forward, through_aot)


OptimizedModule.__module__ = "torch._dynamo.eval_frame"


def __getattr__(name: str) -> Any:
    # the module's own name in the error, as PyTorch's (with the hint for a name only PyTorch has)
    raise no_attribute("torch.nn.modules.module", name, _GLOBAL_HOOKS_ONLY_IN_PYTORCH)


# torch.nn.modules.module's global hooks the engine lacks (PyTorch 2.13's names)
_GLOBAL_HOOKS_ONLY_IN_PYTORCH = ("register_module_backward_hook", "register_module_buffer_registration_hook",
                    "register_module_module_registration_hook", "register_module_parameter_registration_hook")


_meta.register(Module)  # a meta input runs the whole forward on the meta device (meta.py)


def init_named(cls: type, owner: str) -> None:
    """Gives ``cls`` its own copy of the ``__init__`` it inherits, with code named ``owner.__init__``.
    Python names the class in a call's argument errors from the code object, and PyTorch's classes
    that define their own ``__init__`` are named there (``Conv2d.__init__() got an unexpected
    keyword argument``), where the engine's share one of a private base class."""
    init: Any = vars(cls).get("__init__") or next(vars(base)["__init__"] for base in cls.__mro__
                                                  if "__init__" in vars(base))
    code = init.__code__
    if not hasattr(code, "co_qualname"):  # Python 3.10 names no class in these errors
        return
    named = types.FunctionType(code.replace(co_qualname=f"{owner}.__init__"), init.__globals__, init.__name__,
                               init.__defaults__, init.__closure__)
    named.__kwdefaults__ = init.__kwdefaults__
    named.__qualname__ = f"{owner}.__init__"
    named.__doc__, named.__module__, named.__annotations__ = init.__doc__, init.__module__, init.__annotations__
    type.__setattr__(cls, "__init__", named)
